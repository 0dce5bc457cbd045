// Both bookings succeed. Make 'Book hotel' throw (e.g. an error named NoRooms) and the whole
// Parallel state fails, is caught, and the execution ends in 'Cancel trip'.
export default {
  async 'Book flight'(input) {
    return { StatusCode: 200, Payload: { flight: `${input.Payload.from}-${input.Payload.to}`, seat: '14C' } };
  },
  async 'Book hotel'(input) {
    return { StatusCode: 200, Payload: { hotel: 'Shinjuku Park', nights: input.Payload.nights } };
  },
};
