export function Popup() {
  return (
    <main>
      <h1>Access Code Helper</h1>
      <p>Unofficial helper, not affiliated with USCIS.</p>
    </main>
  );
}
