import type { RoundDetail } from "@/lib/queries/round";

export function ParticipantTable({ participants }: { participants: RoundDetail["participants"] }) {
  if (participants.length === 0) return <p className="text-sm text-muted">No participants recorded.</p>;
  return (
    <div className="overflow-x-auto">
      <table className="data">
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Side</th>
            <th scope="col">Role at the time</th>
          </tr>
        </thead>
        <tbody>
          {participants.map((p) => (
            <tr key={p.id}>
              <td className="font-medium">{p.person.name}</td>
              <td>{p.side.name}</td>
              <td>{p.role}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
