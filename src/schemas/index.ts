export * from './common';
export * from './vendor';
export * from './category';
export * from './sdk';
export * from './code';
export * from './concept';
export * from './facts';
