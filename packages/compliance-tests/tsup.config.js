import { packageBuild } from '../../tsup.base.js';

export default packageBuild({"index":"src/index.ts","serializer":"src/serializer.ts","object-serializer":"src/object-serializer.ts","arbitraries":"src/arbitraries.ts","transport":"src/transport.ts","key":"src/key.ts","payload-codec":"src/payload-codec.ts"});
