/**
 * @module core — the isomorphic pricing engine: price catalog, requirements model, cost engine,
 * sheet formats. No I/O and no platform APIs: it runs unchanged in Lambda, the add-in and the browser.
 * Apps import it only through this file.
 */
export * from './catalog';
export * from './requirements';
export * from './vocabulary';
export * from './estimate';
export * from './api';
export * from './sheets';
export * from './money';
export * from './resources';
export * from './rules';
export * from './scenarios';
export * from './offerings';
export * from './specs';
