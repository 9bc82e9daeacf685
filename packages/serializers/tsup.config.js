import { packageBuild } from '../../tsup.base.js';

export default packageBuild({"index":"src/index.ts","json":"src/json.ts","msgpack":"src/msgpack.ts","cbor":"src/cbor.ts","flatbuffers":"src/flatbuffers.ts"});
