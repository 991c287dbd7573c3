declare module 'virtual:triage-content' {
  const content: import('../rules/model.ts').TriageContent;
  export default content;
}
