/** `npm start`'s last step: serves the build (DEGMAIL_OUT, default dist/) under BASE on http://localhost:4321. */
import { startServer } from './harness/serve.ts';

const port = Number(process.env.PORT ?? 4321);
const { url } = await startServer({ port, host: process.env.HOST ?? 'localhost' });
console.log(`degmail: serving the site on ${url}/ (Ctrl+C to stop)`);
