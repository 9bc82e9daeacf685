import { packageBuild } from '../../tsup.base.js';

export default packageBuild({ index: 'src/index.ts', 'index.browser': 'src/index.browser.ts', server: 'src/server.ts' });
