// Plain stylesheets imported for their side effect (Vite injects them into the page).
declare module '*.css';
