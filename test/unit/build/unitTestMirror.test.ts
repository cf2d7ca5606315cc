import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../helpers/sourceFiles';

/** Every folder under `folder` (itself included), as repository-relative paths. */
function foldersUnder(folder: string): string[] {
  const entries = readdirSync(join(ROOT, folder), { withFileTypes: true });
  return [folder, ...entries.filter((entry) => entry.isDirectory()).flatMap((entry) => foldersUnder(`${folder}/${entry.name}`))];
}

const holds = (folder: string, suffix: string) => existsSync(join(ROOT, folder)) && readdirSync(join(ROOT, folder)).some((name) => name.endsWith(suffix));

/** test/unit/<same path> for a folder of src/. */
const mirrorOf = (folder: string) => folder.replace(/^src/, 'test/unit');

/** The folders of src/ that hold code but have no unit test of their own beside the same path under test/unit. */
const unmirrored = () => foldersUnder('src').filter((folder) => holds(folder, '.ts') && !holds(mirrorOf(folder), '.test.ts'));

describe('test/unit mirrors src/ folder by folder', () => {
  it('every folder of src/ with code has a unit test in test/unit/<same folder> (none is excused)', () => {
    // A folder that truly cannot have one would be named here with its reason; this list can only shrink.
    expect(unmirrored()).toEqual([]);
  });

  it('reads the folders it checks: src/ and its nested folders, each mapped to its test folder', () => {
    const folders = foldersUnder('src');
    expect(folders).toEqual(expect.arrayContaining(['src', 'src/handoff', 'src/nlu', 'src/channels/sms', 'src/staff/http']));
    expect(mirrorOf('src/channels/sms')).toBe('test/unit/channels/sms');
    expect(holds('src/nlu', '.ts')).toBe(true);
    // A folder without tests is seen as one: the helpers folder has none.
    expect(holds('test/helpers', '.test.ts')).toBe(false);
  });
});
