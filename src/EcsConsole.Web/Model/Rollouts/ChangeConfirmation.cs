namespace EcsConsole.Web.Model.Rollouts;

/// <summary>
/// The "why" note and, on a production cluster, the typed service name that every rollout action asks for before it is sent.
/// The service layer checks the same again; this only keeps the button off until the input can pass.
/// </summary>
public sealed class ChangeConfirmation(string cluster, string service, bool requiresConfirmation, bool noteRequired = true)
{
    /// <summary>Long enough for a reason and a ticket number, short enough for the history table.</summary>
    public const int MaxNoteLength = 500;

    public string Cluster { get; } = cluster;

    public string Service { get; } = service;

    public bool RequiresConfirmation { get; } = requiresConfirmation;

    public bool NoteRequired { get; } = noteRequired;

    public string Note { get; set; } = "";

    public string Confirmation { get; set; } = "";

    /// <summary>Why the action cannot be sent yet, or null when it can.</summary>
    public string? Problem
    {
        get
        {
            if (NoteRequired && string.IsNullOrWhiteSpace(Note))
            {
                return "Say in a few words why; the note is kept with the deployment and in the audit log.";
            }
            if (Note.Trim().Length > MaxNoteLength)
            {
                return $"Keep the note under {MaxNoteLength} characters.";
            }
            if (RequiresConfirmation && Confirmation.Trim() != Service)
            {
                return $"{Cluster} is a production cluster: type the service name “{Service}” to confirm.";
            }
            return null;
        }
    }

    public bool IsComplete => Problem is null;

    /// <summary>The note as the service layer takes it.</summary>
    public string NoteText => Note.Trim();

    /// <summary>The confirmation as the service layer takes it: null when none is needed.</summary>
    public string? ConfirmationText => RequiresConfirmation ? Confirmation.Trim() : null;
}
