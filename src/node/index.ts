// mailpolicy/node: the parts that need Node's file system. The core ('mailpolicy') stays
// browser-safe; import this entry only in Node (CLIs, build scripts, tests).
export { loadPack, loadPackSync, type LoadPackOptions } from './load-pack.js';
export { probeSender, dkimKeyBits, type ProbeTarget, type ProbeOptions, type SenderResolver } from './probe-sender.js';
export { positionOf, withPositions } from './json-position.js';
