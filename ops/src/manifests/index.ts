export * from './validate-manifests';
