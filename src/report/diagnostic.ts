// Moved to src/core (the bottom layer); kept so that older imports still resolve.
export * from '../core/diagnostic.js';
