import Editor from "../keystatic";

export default function EditorPage() {
  return <Editor />;
}
