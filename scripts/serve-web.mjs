// `npm run web`: serves the built renderer (out/renderer) on 127.0.0.1 and prints the URL.
// The page falls back to browser file pickers and downloads where the desktop app uses the preload API.
import { existsSync } from 'node:fs';
import { startStaticServer } from './static-server.mjs';

if (!existsSync('out/renderer/index.html')) {
  console.error('out/renderer is missing: run `npm run build:renderer` first (npm run web does this for you).');
  process.exit(1);
}
const port = Number(process.env.PORT ?? 5180);
const server = await startStaticServer('out/renderer', port).catch((error) => {
  console.error(`Could not listen on 127.0.0.1:${port}: ${error.message}. Set PORT to another port.`);
  process.exit(1);
});
console.log(`SCS Programming Simulator (web mode) at ${server.url}\nPress Ctrl+C to stop.`);
