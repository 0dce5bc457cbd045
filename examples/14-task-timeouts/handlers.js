// Handlers take time on the execution's virtual clock: `await context.sleep(seconds)` returns
// once that much virtual time has passed, so a 45-second wait costs no real time. The first
// attempt of "Build report" is too slow for its 30-second TimeoutSeconds; the retry is quick.
export default {
  async 'Build report'(input, context) {
    await context.sleep(context.attempt === 0 ? 45 : 12);
    return { StatusCode: 200, Payload: { ...input.Payload, report: `s3://reports/${input.Payload.reportId}.pdf` } };
  },

  // An activity worker: each page takes 15 s, and a heartbeat after each one keeps the task
  // within its 20-second HeartbeatSeconds. Set "stallExport" to true in the input to skip the
  // heartbeats: the task times out and the Catch takes over. In the playground heartbeat()
  // returns a promise of a boolean (false once the task is no longer running).
  async 'arn:aws:states:us-east-1:123456789012:activity:export-report'(input, context) {
    for (let page = 1; page <= input.pages; page++) {
      await context.sleep(15);
      if (!input.stallExport && !(await context.heartbeat())) return { exported: false };
    }
    return { exported: true, pages: input.pages };
  },
};
