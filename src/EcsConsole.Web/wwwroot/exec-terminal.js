// The ECS Exec terminal: xterm.js (vendored in lib/xterm, default DOM renderer so the text is in the page) wired to the
// circuit. Keystrokes go to the component's [JSInvokable] Input; output arrives through write(). The browser never
// talks to AWS: the console server holds the Session Manager data channel.
window.ecsConsoleExec = (() => {
  const terminals = new Map();
  let next = 1;

  function sizeOf(element) {
    // Without the fit addon: measure one cell of the rendered font and fill the element's width.
    const probe = element.querySelector('.xterm-char-measure-element');
    const cellWidth = probe && probe.getBoundingClientRect().width > 0 ? probe.getBoundingClientRect().width : 8.4;
    const columns = Math.max(40, Math.min(240, Math.floor((element.clientWidth - 16) / cellWidth)));
    return { columns, rows: 24 };
  }

  return {
    open(element, component) {
      const terminal = new Terminal({ cursorBlink: true, fontSize: 13, scrollback: 5000, convertEol: false });
      terminal.open(element);
      const size = sizeOf(element);
      terminal.resize(size.columns, size.rows);
      terminal.onData(data => component.invokeMethodAsync('Input', data));
      terminal.focus();
      const id = next++;
      terminals.set(id, terminal);
      return { id, columns: terminal.cols, rows: terminal.rows };
    },
    write(id, text) {
      terminals.get(id)?.write(text);
    },
    close(id) {
      const terminal = terminals.get(id);
      if (terminal) {
        terminal.options.disableStdin = true;
        terminal.options.cursorBlink = false;
      }
    },
    dispose(id) {
      terminals.get(id)?.dispose();
      terminals.delete(id);
    },
  };
})();
