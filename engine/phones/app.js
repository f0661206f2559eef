// The phone page: join a team, vote, follow the room. Every text from the room goes in
// with textContent, never as HTML; the server's CSP allows no inline script.
'use strict';
(function () {
  const code = (location.pathname.split('/')[1] || '').toUpperCase();
  const base = '/' + encodeURIComponent(code) + '/';
  const storeKey = 'leadsim-device-' + code;
  const $ = (id) => document.getElementById(id);
  let device = load();
  let room = null, team = -1, mine = 0, shown = '', choosingTeam = false, timer = 0, polls = 0, wasOpen = false;

  function load() { try { return localStorage.getItem(storeKey) || ''; } catch (e) { return ''; } }
  function save(value) { try { localStorage.setItem(storeKey, value); } catch (e) { /* private mode: this tab only */ } }

  function request(path, body) {
    const headers = {};
    if (device) headers['X-Leadsim-Device'] = device;
    const init = { headers: headers, cache: 'no-store', credentials: 'omit' };
    if (body !== undefined) {
      init.method = 'POST';
      headers['Content-Type'] = 'application/json';
      init.body = JSON.stringify(body);
    }
    return fetch(base + path, init).then((r) =>
      r.json().catch(() => ({})).then((data) => ({ ok: r.ok, status: r.status, data: data })));
  }

  function problem(text) { $('problem').textContent = text || ''; }
  function status(text) { $('status').textContent = text || ''; }
  function show(id) {
    for (const s of ['loading', 'join', 'vote', 'waiting']) $(s).hidden = s !== id;
  }

  // ---- joining ------------------------------------------------------------------------
  function showTeams() {
    const box = $('teams');
    box.textContent = '';
    room.teams.forEach((name, i) => {
      const label = document.createElement('label');
      label.className = 'team';
      const input = document.createElement('input');
      input.type = 'radio'; input.name = 'team'; input.value = String(i);
      input.checked = i === team;
      const span = document.createElement('span');
      span.textContent = name;
      label.append(input, span);
      box.append(label);
    });
    choosingTeam = true;
    shown = '';
    show('join');
  }

  function join(teamIndex) {
    const body = teamIndex >= 0 ? { team: teamIndex } : {};
    return request('join', body).then((r) => {
      if (!r.ok) { problem(r.data.error ? 'Could not join: ' + r.data.error + '.' : 'Could not join.'); return; }
      device = r.data.device; team = r.data.team;
      save(device);
      choosingTeam = false;
      problem('');
      poll();
    });
  }

  $('join-form').addEventListener('submit', (e) => {
    e.preventDefault();
    const picked = document.querySelector('input[name="team"]:checked');
    if (!picked) { problem('Choose a team first.'); return; }
    join(Number(picked.value)).catch(() => problem('Could not reach the room. Try again.'));
  });
  $('change-team').addEventListener('click', showTeams);

  // ---- the decision --------------------------------------------------------------------
  function buildChoices() {
    const box = $('choices');
    box.textContent = '';
    for (const c of room.choices) {
      const b = document.createElement('button');
      b.type = 'button'; b.className = 'choice'; b.dataset.number = String(c.number);
      const n = document.createElement('span');
      n.className = 'number'; n.textContent = String(c.number);
      const t = document.createElement('span');
      t.textContent = c.text;
      b.append(n, t);
      b.addEventListener('click', () => vote(c.number));
      box.append(b);
    }
  }

  function updateChoices() {
    for (const b of $('choices').children) {
      b.setAttribute('aria-pressed', String(Number(b.dataset.number) === mine));
      b.disabled = !room.open;
    }
    $('phase').textContent = room.open
      ? (mine ? 'Your vote is in. You can change it until voting closes.' : 'Choose one:')
      : (mine ? 'Voting is closed. Your vote: ' + mine + '.' : 'Voting is closed.');
  }

  function render() {
    if (choosingTeam) return;
    if (room.serial === 0) { show('waiting'); shown = ''; return; }
    const fresh = shown !== String(room.serial);
    if (fresh) {
      $('title').textContent = room.title;
      $('text').textContent = room.text;
      $('situation').hidden = !room.text;
      $('situation').open = false;
      buildChoices();
      if (shown) { status('New decision: ' + room.title); $('title').focus(); } else { status(''); }
      shown = String(room.serial);
    } else if (wasOpen && !room.open) {
      status(mine ? 'Voting is closed. Your vote: choice ' + mine + '.' : 'Voting is closed.');
    }
    wasOpen = room.open;
    $('team-name').textContent = room.teams.length && team >= 0 ? 'Team ' + room.teams[team] : '';
    $('change-team').hidden = room.teams.length === 0;
    updateChoices();
    show('vote');
  }

  function vote(n) {
    if (!room.open) return;
    request('vote', { serial: room.serial, choice: n }).then((r) => {
      if (r.ok) {
        mine = r.data.choice; problem('');
        status('Vote received: choice ' + mine + '.');
        updateChoices();
      } else if (r.status === 403) {
        device = ''; poll();
      } else {
        problem(r.data.error ? 'Not counted: ' + r.data.error + '.' : 'Not counted. Try again.');
        poll();
      }
    }).catch(() => problem('Not counted: the room could not be reached. Try again.'));
  }

  // ---- following the room ---------------------------------------------------------------
  function handle(data) {
    room = data.room;
    if (!data.joined) {
      if (device) device = '';                  // the room restarted: join again
      if (room.teams.length === 0) return join(-1);
      if (!choosingTeam) showTeams();
      return;
    }
    team = data.team; mine = data.choice;
    render();
  }

  function poll() {
    clearTimeout(timer);
    const id = ++polls;                          // one chain of polls, however often poll() is called
    request('state').then((r) => {
      if (!r.ok) throw new Error(r.data.error || 'error');
      if ($('problem').textContent.indexOf('room could not') >= 0 || $('problem').textContent.indexOf('Lost') === 0) problem('');
      return handle(r.data);
    }).catch(() => {
      problem('Lost the connection to the room. Trying again…');
    }).finally(() => { if (id === polls) timer = setTimeout(poll, 1000); });
  }

  $('code').textContent = code;
  poll();
})();
