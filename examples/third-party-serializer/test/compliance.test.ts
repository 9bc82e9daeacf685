import { describeObjectSerializerCompliance } from '@wamp/compliance-tests/object-serializer';
import { describeSerializerCompliance } from '@wamp/compliance-tests/serializer';
import { ubjsonObjectSerializer, ubjsonSerializer } from '../src/index.js';

describeObjectSerializerCompliance('ubjson', {
  setup: (args) => ubjsonObjectSerializer({ batched: args?.batched }),
  teardown: () => {},
});

describeSerializerCompliance('ubjson', {
  setup: (args) => ubjsonSerializer({ batched: args?.batched }),
  teardown: () => {},
});
