// Placeholder until the server lands: `npm run server` is its entry point.
console.error('The Kontakt server is not built yet.');
process.exitCode = 1;
