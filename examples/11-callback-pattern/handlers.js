// With ".waitForTaskToken" the task is not done when the message is sent: it waits until
// someone answers with the token from $$.Task.Token. This handler plays the approver: what it
// returns is sent back with SendTaskSuccess, and what it throws with SendTaskFailure.
export default {
  async 'Ask for approval'(input) {
    if (input.MessageBody.amount > 2000) {
      const rejected = new Error('Over the approval limit.');
      rejected.name = 'Rejected';
      throw rejected;
    }
    return { approved: true, by: 'manager@example.com' };
  },
};
