import { expect, test, type Page } from '@playwright/test';
import { RegisterPage } from '../helpers/RegisterPage';
import { expectScreenFullyTranslated } from '../helpers/screenTexts';

const passphrase = 'puhelu kokous sähköposti 17';

const isoDaysFromToday = (days: number): string => {
  const date = new Date();
  date.setDate(date.getDate() + days);
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
};

/** Picks a person or organisation in the activity dialog by typing part of the name. */
const pick = async (
  page: Page,
  field: 'people' | 'organisations' | 'relationOther',
  text: string,
  option: string,
) => {
  await page.fill(`input[name=${field}]`, text);
  await page.getByRole('option', { name: option }).click();
};

test.describe('activities and tasks', () => {
  test.use({ locale: 'en-GB' });

  test('an activity linked to two people and an organisation is on all three timelines; its follow-up is a task until done', async ({
    page,
  }, testInfo) => {
    await page.goto('/');
    const app = new RegisterPage(page);
    await app.createRegister(passphrase);
    await app.addPerson({ firstNames: 'Aino', lastName: 'Mäkinen' });
    await app.addPerson({ firstNames: 'Erik', lastName: 'Lindqvist' });
    await app.addOrganisation({ name: 'Pohjolan Rakennus Oy' });

    await app.openPeople();
    await app.openRow('Aino Mäkinen');
    const timeline = page.getByTestId('activity-timeline');
    await expect(timeline).toContainText('No activities yet');
    await timeline.getByTestId('activity-add').click();
    const dialog = page.getByTestId('activity-dialog');
    // A subject is required; nothing is saved without it.
    await dialog.getByTestId('activity-save').click();
    await expect(dialog).toContainText('This field is required.');
    await page.getByLabel('Kind').click();
    await page.getByRole('option', { name: 'Meeting' }).click();
    await page.fill('input[name=subject]', 'Thesis topics for spring');
    await page.fill('textarea[name=text]', 'Two topics agreed; Erik sends the briefs.');
    await pick(page, 'people', 'lindq', 'Erik Lindqvist');
    await pick(page, 'organisations', 'pohjolan', 'Pohjolan Rakennus Oy');
    await page.fill('input[name=followUpDate]', isoDaysFromToday(-1));
    await expectScreenFullyTranslated(page, 'activity dialog');
    await dialog.getByTestId('activity-save').click();
    await expect(dialog).toBeHidden();
    await expect(timeline.getByTestId('activity-subject')).toHaveText(['Thesis topics for spring']);
    await expect(timeline.getByTestId('activity-item')).toContainText('Overdue');
    await page.screenshot({ path: testInfo.outputPath('person-timeline.png'), fullPage: true });

    // The same activity on the other person's and the organisation's timeline.
    await app.openPeople();
    await app.openRow('Erik Lindqvist');
    await expect(page.getByTestId('activity-subject')).toHaveText(['Thesis topics for spring']);
    await app.openOrganisations();
    await app.openRow('Pohjolan Rakennus Oy');
    await expect(page.getByTestId('activity-subject')).toHaveText(['Thesis topics for spring']);

    // Overdue, so the navigation shows it; My tasks lists it until it is done.
    await expect(page.getByTestId('tasks-badge')).toContainText('1');
    await page.getByTestId('nav-tasks').click();
    await expect(page.getByTestId('task-subject')).toHaveText(['Thesis topics for spring']);
    await expect(page.getByTestId('task')).toContainText('Aino Mäkinen');
    await expectScreenFullyTranslated(page, 'my tasks');
    await page.getByTestId('task').getByRole('button', { name: 'Done' }).click();
    await expect(page.getByTestId('task')).toHaveCount(0);
    await expect(page.getByTestId('tasks-page')).toContainText('No open follow-ups');

    // Kept across a reload (stored encrypted, like every record).
    await app.reloadAndUnlock(passphrase);
    await app.openPeople();
    await app.openRow('Aino Mäkinen');
    await expect(page.getByTestId('activity-item')).toContainText('Follow-up done');

    // Editing shows every linked record.
    await page.getByTestId('activity-item').getByRole('button', { name: 'Edit' }).click();
    await expect(page.getByTestId('activity-dialog')).toContainText('Erik Lindqvist');
    await page.getByRole('button', { name: 'Cancel' }).click();
    expect(await app.missingKeys()).toEqual([]);
  });

  test('a relation shows at both ends with its own label, ends and is removed; a custom type can be added', async ({
    page,
  }) => {
    await page.goto('/');
    const app = new RegisterPage(page);
    await app.createRegister(passphrase);
    await app.addPerson({ firstNames: 'Aino', lastName: 'Mäkinen' });
    await app.addPerson({ firstNames: 'Erik', lastName: 'Lindqvist' });
    await app.addOrganisation({ name: 'Alumniyhdistys ry' });

    await app.openPeople();
    await app.openRow('Aino Mäkinen');
    const panel = page.getByTestId('relations-panel');
    await panel.getByTestId('relation-add').click();
    await page.getByTestId('relation-dialog').getByRole('combobox', { name: 'Relation' }).click();
    await page.getByRole('option', { name: 'Mentor of' }).click();
    // Nothing is saved without the other end.
    await page.getByTestId('relation-save').click();
    await expect(page.getByTestId('relation-dialog')).toContainText('Choose who the relation is with.');
    await pick(page, 'relationOther', 'lindq', 'Erik Lindqvist');
    await page.getByTestId('relation-save').click();
    await expect(panel.getByTestId('relation')).toHaveText([/^Mentor of Erik Lindqvist/]);

    await panel.getByRole('link', { name: 'Erik Lindqvist' }).click();
    const erikPanel = page.getByTestId('relations-panel');
    await expect(erikPanel.getByTestId('relation')).toHaveText([/^Mentored by Aino Mäkinen/]);
    await erikPanel.getByRole('button', { name: 'End' }).click();
    await expect(erikPanel.getByTestId('relation')).toContainText('ended');
    await erikPanel.getByRole('button', { name: 'Remove' }).click();
    await expect(erikPanel.getByTestId('relation')).toHaveCount(0);

    await app.openSettings();
    const settings = page.getByTestId('relation-type-settings');
    await page.fill('input[name=relationForward]', 'Honorary member of');
    await page.fill('input[name=relationInverse]', 'Honorary member');
    await settings.getByRole('button', { name: 'Add type' }).click();
    await expect(settings).toContainText('Honorary member of / Honorary member');
    await app.openOrganisations();
    await app.openRow('Alumniyhdistys ry');
    await page.getByTestId('relation-add').click();
    await page.getByTestId('relation-dialog').getByRole('combobox', { name: 'Relation' }).click();
    await page.getByRole('option', { name: 'Honorary member', exact: true }).click();
    await pick(page, 'relationOther', 'aino', 'Aino Mäkinen');
    await page.getByTestId('relation-save').click();
    await expect(page.getByTestId('relation')).toHaveText([/^Honorary member Aino Mäkinen/]);
    expect(await app.missingKeys()).toEqual([]);
  });

  for (const locale of ['fi-FI', 'sv-FI']) {
    test.describe(`in ${locale}`, () => {
      test.use({ locale });
      test('the timeline and My tasks are translated', async ({ page }) => {
        await page.goto('/');
        const app = new RegisterPage(page);
        await app.createRegister(passphrase);
        await app.addPerson({ firstNames: 'Åsa', lastName: 'Berg' });
        await app.openPeople();
        await app.openRow('Åsa Berg');
        await expectScreenFullyTranslated(page, 'timeline');
        await page.getByTestId('activity-add').click();
        await expectScreenFullyTranslated(page, 'activity dialog');
        await page.keyboard.press('Escape');
        await page.getByTestId('nav-tasks').click();
        await expectScreenFullyTranslated(page, 'my tasks');
      });
    });
  }
});
