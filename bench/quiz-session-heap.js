// Opens N signed-in browser sessions on a page of the running app and keeps them open until stdin closes.
// usage: node quiz-session-heap.js http://localhost:8080 N path-template user-template password
// path-template may contain {i}; user-template too (e.g. "agent{i}").
const { chromium } = require('playwright-core');
(async () => {
  const [base, n, pathT, userT, pass] = process.argv.slice(2);
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic'] });
  for (let i = 0; i < Number(n); i++) {
    const ctx = await browser.newContext();
    const page = await ctx.newPage();
    await page.goto(base + '/login');
    await page.fill('input[name=username]', userT.replace('{i}', i));
    await page.fill('input[name=password]', pass);
    await page.click('vaadin-button[slot=submit]');
    await page.waitForSelector('vaadin-app-layout');
    await page.goto(base + '/' + pathT.replace('{i}', i));
    if (process.env.START_QUIZ) {
      await page.click('#start-quiz');
      await page.waitForSelector('#attempt-view');
    }
    await page.waitForTimeout(300);
  }
  console.log('OPEN ' + n);
  process.stdin.resume();
  process.stdin.on('end', async () => { await browser.close(); process.exit(0); });
})().catch(e => { console.error(e); process.exit(1); });
