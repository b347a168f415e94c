/**
 * An incremental parser for text/event-stream. The sync stream is read with fetch (EventSource cannot
 * send an Authorization header), so chunks arrive split anywhere, even inside a line or a CRLF pair.
 */
export type ServerSentEvent = { event: string; data: string; id: string };

export type ServerSentEventParser = {
  /** Feeds decoded text; returns the events completed by it. */
  push: (chunk: string) => ServerSentEvent[];
};

export const createServerSentEventParser = (): ServerSentEventParser => {
  let buffer = '';
  let dataLines: string[] = [];
  let eventName = '';
  let lastId = '';

  const dispatch = (events: ServerSentEvent[]) => {
    if (dataLines.length > 0)
      events.push({ event: eventName || 'message', data: dataLines.join('\n'), id: lastId });
    dataLines = [];
    eventName = '';
  };

  const handleLine = (line: string, events: ServerSentEvent[]) => {
    if (line === '') return dispatch(events);
    if (line.startsWith(':')) return; // comment, used as keep-alive
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') dataLines.push(value);
    else if (field === 'event') eventName = value;
    else if (field === 'id' && !value.includes('\0')) lastId = value;
  };

  return {
    push: (chunk) => {
      buffer += chunk;
      const events: ServerSentEvent[] = [];
      for (;;) {
        const match = /\r\n|\r|\n/.exec(buffer);
        if (!match) break;
        // A lone CR at the very end may be the first half of CRLF: wait for the next chunk.
        if (match[0] === '\r' && match.index === buffer.length - 1) break;
        handleLine(buffer.slice(0, match.index), events);
        buffer = buffer.slice(match.index + match[0].length);
      }
      return events;
    },
  };
};
