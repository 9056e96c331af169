// Stands in for `got` inside the electronegativity scanner (tests/electron/electronegativity.test.ts):
// the scanner would fetch translations and Electron's release list from the internet; the scan runs
// offline, the same on every machine, with its bundled English texts.
module.exports = () => Promise.reject(new Error('electronegativity runs offline in the tests'));
