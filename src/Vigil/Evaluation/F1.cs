namespace Vigil.Evaluation;

/// <summary>Precision, recall and F1 from counts, as percentages 0 to 100.</summary>
public readonly record struct F1Score(int Correct, int SystemCount, int GoldCount)
{
    public double Precision => SystemCount == 0 ? 0 : 100.0 * Correct / SystemCount;
    public double Recall => GoldCount == 0 ? 0 : 100.0 * Correct / GoldCount;
    public double F1 => Precision + Recall == 0 ? 0 : 2 * Precision * Recall / (Precision + Recall);
}
