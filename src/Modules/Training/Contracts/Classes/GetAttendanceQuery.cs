using MediatR;
using Platform.BuildingBlocks.Security;

namespace Platform.Training.Contracts.Classes;

/// <summary>Who was marked present at each session of a class in the caller's scope (a class held outside it is not
/// found).</summary>
[RequiresPermission(Permission.Read)]
public sealed record GetAttendanceQuery(int ClassId) : IRequest<ClassAttendance>;

/// <param name="Registers">One per session from 1 to <paramref name="Sessions"/>; a session nobody was marked at has no
/// one present.</param>
public sealed record ClassAttendance(int ClassId, int Sessions, IReadOnlyList<SessionRegister> Registers);

/// <param name="Present">Person codes, in order.</param>
public sealed record SessionRegister(int Session, IReadOnlyList<string> Present);
