// Autobahn|JS doing what json-client.ts does, for the bundle-size comparison only (never run).
import autobahn from 'autobahn';

const connection = new autobahn.Connection({ url: new URLSearchParams(location.search).get('router'), realm: 'realm1' });
connection.onopen = async (session) => {
  await session.register('com.example.add2', (args) => args[0] + args[1]);
  await session.subscribe('com.example.news', (args) => console.log(args));
  console.log(await session.call('com.example.add2', [2, 3]));
  await session.publish('com.example.news', ['hello from the browser']);
  connection.close();
};
connection.open();
