// Placeholder app shell (replaced by the visualizer work).
export function App() {
  return (
    <main>
      <h1>Flowscope</h1>
      <p>A system-design diagram that runs.</p>
    </main>
  );
}
