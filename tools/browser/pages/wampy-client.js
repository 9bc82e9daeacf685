// wampy doing what json-client.ts does (connect, register, call, subscribe, publish), for the
// bundle-size comparison only (never run).
import { Wampy } from 'wampy';

const wampy = new Wampy(new URLSearchParams(location.search).get('router'), { realm: 'realm1' });
await wampy.connect();
await wampy.register('com.example.add2', ({ argsList }) => ({ argsList: [argsList[0] + argsList[1]] }));
await wampy.subscribe('com.example.news', (e) => console.log(e.argsList));
console.log(await wampy.call('com.example.add2', [2, 3]));
await wampy.publish('com.example.news', ['hello from the browser']);
await wampy.disconnect();
