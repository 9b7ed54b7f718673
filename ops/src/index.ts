export * from './manifests';
