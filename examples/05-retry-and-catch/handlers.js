// The payment service is busy twice, then succeeds: the Retry back-off (2 s, then 4 s on the
// virtual clock) absorbs it. Throw an error named CardDeclined to see the Catch instead.
export default {
  async 'Charge card'(input, context) {
    if (context.attempt < 2) {
      const busy = new Error('The payment service is busy, try again.');
      busy.name = 'PaymentServiceBusy';
      throw busy;
    }
    return { StatusCode: 200, Payload: { orderId: input.Payload.orderId, charged: input.Payload.amount } };
  },
};
