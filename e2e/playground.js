// Page object of the playground: what a person sees and does, by accessible names.
import { expect } from '@playwright/test';

export class Playground {
  /** @param {import('@playwright/test').Page} page */
  constructor(page) {
    this.page = page;
    this.status = page.locator('#engine-status');
    this.definition = page.getByRole('region', { name: 'Definition', exact: true }).locator('.monaco-editor').first();
    this.problems = page.getByRole('list', { name: 'Problems' });
    this.graph = page.getByRole('group', { name: 'State machine graph' });
    this.notice = page.locator('#notice');
  }

  /** Opens the playground at a path (relative to the server) and waits for the first analysis. */
  async open(url = './') {
    await this.page.goto(url);
    await this.waitForAnalysis();
  }

  async waitForAnalysis() {
    await expect(this.page.locator('body')).toHaveAttribute('data-analysed', 'true');
    await expect(this.status).not.toHaveAttribute('data-status', 'pending');
  }

  /**
   * Replaces the text of an editor region ("Definition", "Input", "Handlers", "Mocks") as a
   * person pasting it would: select all, then a paste event.
   */
  async pasteInto(regionName, text) {
    await this.page.getByRole('region', { name: regionName, exact: true }).locator('.monaco-editor').first().click();
    await this.page.keyboard.press('ControlOrMeta+A');
    await this.page.evaluate((pasted) => {
      const data = new DataTransfer();
      data.setData('text/plain', pasted);
      document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    }, text);
  }

  /** Replaces the definition and waits for its analysis. */
  async replaceDefinition(text) {
    await this.pasteInto('Definition', text);
    await expect(this.status).not.toHaveAttribute('data-status', 'pending');
  }

  /** The definition text as the editor shows it (Monaco renders non-breaking spaces). */
  async definitionText() {
    const lines = await this.definition.locator('.view-lines .view-line').allInnerTexts();
    return lines.join('\n').replace(/\u00a0/g, ' ');
  }

  /** Shows the Problems tab. */
  async showProblems() {
    await this.page.getByRole('tab', { name: /^Problems/ }).click();
  }

  async chooseExample(title) {
    await this.page.getByRole('button', { name: 'Examples' }).click();
    await this.page.getByRole('menuitem', { name: title, exact: true }).click();
    await expect(this.status).not.toHaveAttribute('data-status', 'pending');
  }

  stateNodes() {
    return this.graph.locator('.node[data-state]');
  }

  node(name) {
    return this.graph.locator(`.node[data-state="${name}"]`);
  }
}
