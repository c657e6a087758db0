/** `npm run bench`: performance figures (see scripts/bench/main.ts for what it measures and its flags). */
import './bench/main.ts';
