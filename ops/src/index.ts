export * from './manifests';
export * from './backup';
