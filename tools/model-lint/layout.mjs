// Adds diagram interchange (DI) to a model written without it: node layout.mjs in.bpmn out.bpmn
import { readFileSync, writeFileSync } from 'node:fs';
import { layoutProcess } from 'bpmn-auto-layout';

const [input, output] = process.argv.slice(2);
const laidOut = await layoutProcess(readFileSync(input, 'utf8'));
writeFileSync(output, laidOut);
console.log(`laid out ${input} -> ${output}`);
