// Plain stylesheets imported for their side effect (Vite injects them into the page).
declare module '*.css';
// A script Vite bundles as a web worker of its own (`import W from '…?worker'; new W()`).
declare module '*?worker' {
  const WorkerConstructor: { new (): Worker };
  export default WorkerConstructor;
}
