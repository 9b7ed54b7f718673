/** Where the gateway serves the CSV export: beside its GraphQL endpoint. */
export function exportUrl(graphqlPath: string, referenceDate: string | undefined): string {
  const base = graphqlPath.replace(/\/graphql\/?$/, '');
  const query = referenceDate ? `?referenceDate=${encodeURIComponent(referenceDate)}` : '';
  return `${base}/export/indicators.csv${query}`;
}

/** The file name the gateway suggests (Content-Disposition), or one of our own with the date. */
export function fileNameOf(disposition: string | null, referenceDate: string | undefined): string {
  const match = disposition ? /filename="([^"]+)"/.exec(disposition) : null;
  return match?.[1] ?? `indicators-${referenceDate ?? 'today'}.csv`;
}

/**
 * Downloads the indicators CSV. A plain link cannot send the bearer token, so the file is fetched
 * with it and handed to the browser as a Blob; a refusal comes back as the gateway's message.
 */
export async function downloadIndicatorsCsv({
  graphqlPath,
  token,
  referenceDate,
}: {
  graphqlPath: string;
  token: string;
  referenceDate: string | undefined;
}): Promise<{ ok: true } | { ok: false; message: string }> {
  let res: Response;
  try {
    res = await fetch(exportUrl(graphqlPath, referenceDate), {
      headers: { authorization: `Bearer ${token}`, accept: 'text/csv' },
    });
  } catch (error) {
    return { ok: false, message: (error as Error).message };
  }
  if (!res.ok) {
    const body = (await res.json().catch(() => null)) as { errors?: { message?: string }[] } | null;
    return { ok: false, message: body?.errors?.[0]?.message ?? String(res.status) };
  }
  const blob = await res.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameOf(res.headers.get('content-disposition'), referenceDate);
  document.body.appendChild(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled, so the download has started.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
  return { ok: true };
}
