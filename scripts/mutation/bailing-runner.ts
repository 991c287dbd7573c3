/**
 * Vitest's test runner, except that once a run has as many failing tests as
 * `bail` allows (Stryker sets 1: one failing test catches the mutant), the
 * test files still to come are not loaded at all. Vitest's own runner goes on
 * importing and collecting every one of them and only skips their tests, so
 * a mutant caught by its first test file paid for loading all the others.
 * The files left out have no tests, which `passWithNoTests` lets pass.
 */
import { VitestTestRunner } from 'vitest/runners';

type Task = Parameters<VitestTestRunner['onAfterRunTask']>[0];
type ImportSource = Parameters<VitestTestRunner['importFile']>[1];

export default class BailingRunner extends VitestTestRunner {
  #failures = 0;

  override onAfterRunTask(task: Task): void {
    super.onAfterRunTask(task);
    if (task.result?.state === 'fail') this.#failures += 1;
  }

  override importFile(filepath: string, source: ImportSource): unknown {
    const bail = this.config.bail ?? 0;
    if (source === 'collect' && bail > 0 && this.#failures >= bail) return undefined;
    return super.importFile(filepath, source);
  }
}
