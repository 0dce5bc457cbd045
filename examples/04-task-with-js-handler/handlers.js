// Task handlers: one async function per Task state name (or resource ARN). Each receives the
// task's effective input (here the Lambda invoke parameters) and a context; what it returns is
// the task's result, and what it throws fails the task with the error's name and message.
export default {
  async 'Get weather'(input) {
    const city = input.Payload.city;
    return {
      StatusCode: 200,
      Payload: { city, temperature: city === 'Lisbon' ? 24 : 12, rain: city !== 'Lisbon' },
    };
  },
};
