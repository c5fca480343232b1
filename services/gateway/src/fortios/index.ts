export { CliFault } from './cli-fault.js';
export { createConsole, type ConsoleOptions, type ConsoleTarget, type GatewayConsole } from '../console/console.js';
export { factoryConfig } from './factory.js';
export { parseConfigText } from './parse.js';
export { showConfig, type ShowOptions } from './show.js';
