// Stand-in for @microsoft/recognizers-text-* in the "trimmed" bundle. botbuilder-dialogs loads
// them at require time for ChoicePrompt, ConfirmPrompt, NumberPrompt and DateTimePrompt; the bot
// uses only TextPrompt and its own FieldPrompt, which never call them. Any use throws, so a
// prompt that needs them fails loudly (the bench runs real turns on the trimmed bundle to check).
module.exports = require('./failingModule.cjs')(
  '@microsoft/recognizers-text-* was trimmed from this bundle (build/recognizersStub.cjs, serverless.yml custom.esbuild.alias)',
);
