import { describeTransportCompliance } from '@wamp/compliance-tests/transport';
import { JsonSerializer } from '@wamp/serializers/json';
import { listenMemory } from '../src/index.js';

describeTransportCompliance('memory loopback', {
  setup: () => ({
    maxMessageSize: 65536,
    listen: async (handlerFactory) => listenMemory({ serializer: new JsonSerializer(), handlerFactory, maxMessageSize: 65536 }),
  }),
  teardown: () => {},
});
