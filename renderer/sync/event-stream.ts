// Reads a server-sent-events stream as it arrives in text chunks: fields accumulate until a blank
// line ends the event; comment lines (`: ping`) are skipped. Only what the sync needs — the
// event name and its data — is kept.

export interface StreamEvent {
  event: string;
  data: string;
}

/** Returns a function to feed chunks to; each completed event goes to `onEvent`. */
export function eventStreamParser(onEvent: (event: StreamEvent) => void): (chunk: string) => void {
  let buffer = '';
  let event = '';
  let data: string[] = [];
  const line = (text: string) => {
    if (text === '') {
      if (data.length > 0) onEvent({ event: event || 'message', data: data.join('\n') });
      event = '';
      data = [];
      return;
    }
    if (text.startsWith(':')) return;
    const colon = text.indexOf(':');
    const field = colon === -1 ? text : text.slice(0, colon);
    const value = colon === -1 ? '' : text.slice(colon + 1).replace(/^ /, '');
    if (field === 'event') event = value;
    else if (field === 'data') data.push(value);
  };
  return (chunk) => {
    buffer += chunk;
    const lines = buffer.split(/\r?\n/);
    buffer = lines.pop() ?? '';
    for (const text of lines) line(text);
  };
}
