// Drives signed-in browser sessions for bench/quiz-session-heap.sh. Reads commands from stdin, one a line,
// and answers each with one line on stdout:
//   open N   opens N new sessions (a fresh browser context each, so each has its own cookies and thus its own
//            HTTP and Vaadin session), signs in and opens the page; answers "OPEN <sessions open>"
//   check    checks that every open page still shows the page and its Vaadin client is connected (nothing
//            queued, no "session expired" or reconnect dialog); answers "ALIVE <n>" or "DEAD <n> <first error>"
//   close    signs out every open session (the server invalidates the HTTP session and thereby the Vaadin
//            session) and closes its browser context; answers "CLOSED <n>"
//   quit     closes the browser and exits
// usage: node quiz-session-heap.js http://localhost:8080 path-template user-template password
// path-template and user-template may contain {i} (the session number); START_QUIZ=1 clicks #start-quiz and
// waits for the attempt view. The pages stay open (and so keep sending Vaadin's heartbeat) until closed.
const { chromium } = require('playwright-core');
const readline = require('readline');

const [base, pathT, userT, pass] = process.argv.slice(2);
const startQuiz = !!process.env.START_QUIZ;
const open = [];
let counter = 0;

async function openOne(browser) {
  const i = counter++;
  const ctx = await browser.newContext();
  const page = await ctx.newPage();
  await page.goto(base + '/login');
  await page.fill('input[name=username]', userT.replace('{i}', i));
  await page.fill('input[name=password]', pass);
  await page.click('vaadin-button[slot=submit]');
  await page.waitForSelector('vaadin-app-layout');
  await page.goto(base + '/' + pathT.replace('{i}', i));
  await page.waitForSelector('vaadin-app-layout');
  if (startQuiz) {
    await page.click('#start-quiz');
    await page.waitForSelector('#attempt-view');
  }
  await page.waitForFunction(() => window.Vaadin?.Flow?.clients
      && Object.values(window.Vaadin.Flow.clients).some(c => c.isActive && !c.isActive()));
  open.push({ ctx, page });
}

async function alive(page) {
  return page.evaluate(() => {
    const clients = Object.values(window.Vaadin?.Flow?.clients || {}).filter(c => c.isActive);
    if (clients.length === 0) return 'no Vaadin client';
    if (clients.some(c => c.isActive())) return 'client busy';
    if (!document.querySelector('vaadin-app-layout')) return 'no app layout';
    const text = document.body.innerText;
    if (/Session Expired|Server connection lost|Cookies disabled/i.test(text)) return 'expired: ' + text.slice(0, 80);
    return null;
  });
}

(async () => {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--disable-background-timer-throttling',
      '--disable-renderer-backgrounding', '--disable-backgrounding-occluded-windows'] });
  const rl = readline.createInterface({ input: process.stdin });
  for await (const line of rl) {
    const [cmd, arg] = line.trim().split(/\s+/);
    if (cmd === 'open') {
      for (let k = 0; k < Number(arg); k++) await openOne(browser);
      console.log('OPEN ' + open.length);
    } else if (cmd === 'check') {
      const errors = [];
      for (const { page } of open) {
        const e = await alive(page).catch(err => String(err));
        if (e) errors.push(e);
      }
      console.log(errors.length ? 'DEAD ' + errors.length + ' ' + errors[0] : 'ALIVE ' + open.length);
    } else if (cmd === 'close') {
      const n = open.length;
      for (const { ctx, page } of open.splice(0)) {
        // the sign-out click ends the session on the server; the browser is then sent to the start page and
        // on to the login page, which would open a new anonymous session: stop that navigation instead
        await page.route('**/*', route => route.request().isNavigationRequest() ? route.abort() : route.continue());
        const leaving = page.waitForEvent('requestfailed', r => r.isNavigationRequest());
        await page.click('#sign-out');
        await leaving;
        await ctx.close();
      }
      console.log('CLOSED ' + n);
    } else if (cmd === 'quit') {
      break;
    }
  }
  await browser.close();
  process.exit(0);
})().catch(e => { console.error(e); process.exit(1); });
