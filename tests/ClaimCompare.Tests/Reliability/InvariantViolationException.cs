namespace ClaimCompare.Tests.Reliability;

/// <summary>An invariant of the pipeline's output does not hold; raised by <see cref="PipelineInvariants"/>. Immutable.</summary>
public sealed class InvariantViolationException : Exception
{
    /// <summary>Creates the exception.</summary>
    public InvariantViolationException()
    {
    }

    /// <summary>Creates the exception with a message.</summary>
    /// <param name="message">What does not hold.</param>
    public InvariantViolationException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a message and a cause.</summary>
    /// <param name="message">What does not hold.</param>
    /// <param name="innerException">The cause.</param>
    public InvariantViolationException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
