// The newsroom's one script (Content-Security-Policy: script-src 'self', nothing inline).
// The story form: autosave while typing, every few seconds and on leaving the page; the word
// count; keyboard shortcuts; preview links opened in a new tab. Everything works without it:
// then Preview autosaves.
(function () {
    'use strict';

    var WORDS_A_MINUTE = 230;
    var INTERVAL = 5000;

    document.querySelectorAll('.preview a[href]').forEach(function (link) {
        link.setAttribute('target', '_blank');
        link.setAttribute('rel', 'noopener');
    });

    var form = document.querySelector('form.story-form');
    if (!form) {
        return;
    }
    var url = form.getAttribute('data-autosave');
    var status = document.getElementById('autosave-status');
    var dirty = false;
    var busy = false;
    var leaving = false;

    function fields() {
        var data = new URLSearchParams(new FormData(form));
        data.delete('action');
        return data;
    }

    function show(text) {
        if (status) {
            status.textContent = text;
        }
    }

    // Posts the form as typed. On leaving the page the browser may end the script at once:
    // sendBeacon (or a keepalive fetch) still delivers it.
    function autosave(unloading) {
        if (!dirty || leaving || !url) {
            return;
        }
        if (unloading) {
            dirty = false;
            if (!(navigator.sendBeacon && navigator.sendBeacon(url, fields()))) {
                fetch(url, { method: 'POST', body: fields(), credentials: 'same-origin', keepalive: true });
            }
            return;
        }
        if (busy) {
            return;
        }
        dirty = false;
        busy = true;
        fetch(url, { method: 'POST', body: fields(), credentials: 'same-origin', redirect: 'manual',
            headers: { 'Accept': 'text/plain' } })
            .then(function (response) {
                if (!response.ok) {
                    var failed = new Error(String(response.status));
                    failed.status = response.status;
                    throw failed;
                }
                return response.text();
            })
            .then(function (text) {
                show(text);
                form.setAttribute('data-autosaved', String(Date.now()));
            })
            .catch(function (failed) {
                // tried again at the next interval
                dirty = true;
                show(failed && failed.status === 503
                    ? 'Not autosaved: the database is not reachable. Retrying; your text is still here.'
                    : 'Not autosaved: the server did not take it (logged out?). Save keeps your text.');
            })
            .finally(function () {
                busy = false;
            });
    }

    function countWords() {
        var body = document.getElementById('body');
        var out = document.getElementById('word-count');
        if (!body || !out) {
            return;
        }
        var text = body.value.replace(/[*_#>`\[\]()]/g, ' ').trim();
        var words = text === '' ? 0 : text.split(/\s+/).length;
        var minutes = words === 0 ? 0 : Math.ceil(words / WORDS_A_MINUTE);
        out.textContent = words + (words === 1 ? ' word' : ' words') + ' · about ' + minutes
            + (minutes === 1 ? ' minute' : ' minutes') + ' to read';
    }

    function press(value) {
        var button = form.querySelector('button[name=action][value=' + value + ']');
        if (button) {
            button.click();
        }
    }

    form.addEventListener('input', function (event) {
        dirty = true;
        if (event.target && event.target.id === 'body') {
            countWords();
        }
    });
    // A field left after a change (blur) is kept at once.
    form.addEventListener('change', function () {
        dirty = true;
        autosave(false);
    });
    form.addEventListener('submit', function () {
        // The post itself carries the text; a late autosave must not outlive the save.
        leaving = true;
    });
    window.setInterval(function () {
        autosave(false);
    }, INTERVAL);
    document.addEventListener('visibilitychange', function () {
        if (document.visibilityState === 'hidden') {
            autosave(true);
        }
    });
    window.addEventListener('pagehide', function () {
        autosave(true);
    });
    // A page brought back from the back-forward cache may be left again.
    window.addEventListener('pageshow', function () {
        leaving = false;
    });

    document.addEventListener('keydown', function (event) {
        var modifier = event.ctrlKey || event.metaKey;
        if (modifier && !event.altKey && (event.key === 's' || event.key === 'S')) {
            event.preventDefault();
            press('save');
        }
        else if (modifier && !event.altKey && event.key === 'Enter') {
            event.preventDefault();
            press('preview');
        }
        else if (event.key === 'Enter' && event.target && event.target.id === 'find') {
            event.preventDefault();
            press('find');
        }
    });
}());
