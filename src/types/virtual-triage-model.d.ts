declare module 'virtual:triage-model' {
  const model: import('../rules/model.ts').TriageModel;
  export default model;
}
