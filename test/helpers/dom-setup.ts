// jsdom lacks TextEncoder/TextDecoder on some jest versions; the engine and Amplify need them.
import { TextDecoder, TextEncoder } from 'node:util';

Object.assign(globalThis, { TextEncoder, TextDecoder });
