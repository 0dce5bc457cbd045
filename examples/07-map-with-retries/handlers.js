// The thumbnailer is overloaded on the first attempt for the second image only; the Retry of
// the Resize state absorbs it.
export default {
  async Resize(input, context) {
    if (input.Payload.index === 1 && context.attempt === 0) {
      const overloaded = new Error('Too many requests.');
      overloaded.name = 'ThumbnailerOverloaded';
      throw overloaded;
    }
    const name = input.Payload.image.replace(/\.jpg$/, '');
    return { StatusCode: 200, Payload: { source: input.Payload.image, thumbnail: `${input.Payload.album}/${name}-200.jpg` } };
  },
};
