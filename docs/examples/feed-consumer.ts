// The members of one dynamic address, learnt from the gateway's event feed alone (JSON long-poll).
export async function followAddress(gateway: string, address: string, until: (m: Set<string>) => boolean) {
  const members = new Set<string>();
  let since = 0; // 0 = from the oldest event the gateway keeps
  while (!until(members)) {
    const res = await fetch(`${gateway}/api/v1/events?types=membership&since=${since}&waitMs=5000`);
    if (!res.ok) throw new Error(`feed: HTTP ${res.status} ${await res.text()}`);
    const page = (await res.json()) as { events: any[]; lastEventId: number }; // eslint-disable-line @typescript-eslint/no-explicit-any
    for (const { membership: m } of page.events) {
      if (m.address !== address) continue;
      for (const ip of m.added) members.add(ip);
      for (const ip of m.removed) members.delete(ip);
    }
    since = page.lastEventId;
  }
  return members;
}
